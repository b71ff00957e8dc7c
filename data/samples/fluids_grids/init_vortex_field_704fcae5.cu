// Warp 1.19.0 cuda code for init_vortex_field_704fcae5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void init_vortex_field_3fb2b822_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_dx,
    wp::float32 var_domain_size,
    wp::float32 var_nu,
    wp::float32 var_t,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_v)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 6.283185307179586;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def init_vortex_field(                                                                 <L 8>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // x = TWO_PI * float(i) * dx / domain_size                                               <L 17>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_2, var_3);
        var_5 = wp::mul(var_4, var_dx);
        var_6 = wp::div(var_5, var_domain_size);
        // y = TWO_PI * float(j) * dx / domain_size                                               <L 18>
        var_7 = wp::float(var_1);
        var_8 = wp::mul(var_2, var_7);
        var_9 = wp::mul(var_8, var_dx);
        var_10 = wp::div(var_9, var_domain_size);
        // f = 1.0 - 2.0 * nu * t                                                                 <L 19>
        var_13 = wp::mul(var_12, var_nu);
        var_14 = wp::mul(var_13, var_t);
        var_15 = wp::sub(var_11, var_14);
        // sx = wp.sin(x)                                                                         <L 20>
        var_16 = wp::sin(var_6);
        // cx = wp.cos(x)                                                                         <L 21>
        var_17 = wp::cos(var_6);
        // sy = wp.sin(y)                                                                         <L 22>
        var_18 = wp::sin(var_10);
        // cy = wp.cos(y)                                                                         <L 23>
        var_19 = wp::cos(var_10);
        // u[i, j] = sx * cy * f                                                                  <L 24>
        var_20 = wp::mul(var_16, var_19);
        var_21 = wp::mul(var_20, var_15);
        wp::array_store(var_u, var_0, var_1, var_21);
        // v[i, j] = -cx * sy * f                                                                 <L 25>
        var_22 = wp::neg(var_17);
        var_23 = wp::mul(var_22, var_18);
        var_24 = wp::mul(var_23, var_15);
        wp::array_store(var_v, var_0, var_1, var_24);
    }
}



extern "C" __global__ void init_vortex_field_3fb2b822_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_dx,
    wp::float32 var_domain_size,
    wp::float32 var_nu,
    wp::float32 var_t,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_v,
    wp::float32 adj_dx,
    wp::float32 adj_domain_size,
    wp::float32 adj_nu,
    wp::float32 adj_t,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_v)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 6.283185307179586;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        const wp::float32 var_12 = 2.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def init_vortex_field(                                                                 <L 8>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // x = TWO_PI * float(i) * dx / domain_size                                               <L 17>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_2, var_3);
        var_5 = wp::mul(var_4, var_dx);
        var_6 = wp::div(var_5, var_domain_size);
        // y = TWO_PI * float(j) * dx / domain_size                                               <L 18>
        var_7 = wp::float(var_1);
        var_8 = wp::mul(var_2, var_7);
        var_9 = wp::mul(var_8, var_dx);
        var_10 = wp::div(var_9, var_domain_size);
        // f = 1.0 - 2.0 * nu * t                                                                 <L 19>
        var_13 = wp::mul(var_12, var_nu);
        var_14 = wp::mul(var_13, var_t);
        var_15 = wp::sub(var_11, var_14);
        // sx = wp.sin(x)                                                                         <L 20>
        var_16 = wp::sin(var_6);
        // cx = wp.cos(x)                                                                         <L 21>
        var_17 = wp::cos(var_6);
        // sy = wp.sin(y)                                                                         <L 22>
        var_18 = wp::sin(var_10);
        // cy = wp.cos(y)                                                                         <L 23>
        var_19 = wp::cos(var_10);
        // u[i, j] = sx * cy * f                                                                  <L 24>
        var_20 = wp::mul(var_16, var_19);
        var_21 = wp::mul(var_20, var_15);
        // wp::array_store(var_u, var_0, var_1, var_21);
        // v[i, j] = -cx * sy * f                                                                 <L 25>
        var_22 = wp::neg(var_17);
        var_23 = wp::mul(var_22, var_18);
        var_24 = wp::mul(var_23, var_15);
        // wp::array_store(var_v, var_0, var_1, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_1, var_24, adj_v, adj_0, adj_1, adj_24);
        wp::adj_mul(var_23, var_15, adj_23, adj_15, adj_24);
        wp::adj_mul(var_22, var_18, adj_22, adj_18, adj_23);
        wp::adj_neg(var_17, adj_17, adj_22);
        // adj: v[i, j] = -cx * sy * f                                                            <L 25>
        wp::adj_array_store(var_u, var_0, var_1, var_21, adj_u, adj_0, adj_1, adj_21);
        wp::adj_mul(var_20, var_15, adj_20, adj_15, adj_21);
        wp::adj_mul(var_16, var_19, adj_16, adj_19, adj_20);
        // adj: u[i, j] = sx * cy * f                                                             <L 24>
        wp::adj_cos(var_10, adj_10, adj_19);
        // adj: cy = wp.cos(y)                                                                    <L 23>
        wp::adj_sin(var_10, adj_10, adj_18);
        // adj: sy = wp.sin(y)                                                                    <L 22>
        wp::adj_cos(var_6, adj_6, adj_17);
        // adj: cx = wp.cos(x)                                                                    <L 21>
        wp::adj_sin(var_6, adj_6, adj_16);
        // adj: sx = wp.sin(x)                                                                    <L 20>
        wp::adj_sub(var_11, var_14, adj_11, adj_14, adj_15);
        wp::adj_mul(var_13, var_t, adj_13, adj_t, adj_14);
        wp::adj_mul(var_12, var_nu, adj_12, adj_nu, adj_13);
        // adj: f = 1.0 - 2.0 * nu * t                                                            <L 19>
        wp::adj_div(var_9, var_domain_size, var_10, adj_9, adj_domain_size, adj_10);
        wp::adj_mul(var_8, var_dx, adj_8, adj_dx, adj_9);
        wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_7);
        // adj: y = TWO_PI * float(j) * dx / domain_size                                          <L 18>
        wp::adj_div(var_5, var_domain_size, var_6, adj_5, adj_domain_size, adj_6);
        wp::adj_mul(var_4, var_dx, adj_4, adj_dx, adj_5);
        wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: x = TWO_PI * float(i) * dx / domain_size                                          <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def init_vortex_field(                                                            <L 8>
        continue;
    }
}

