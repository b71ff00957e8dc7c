// Warp 1.19.0 cuda code for update_h_55c935dc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_h_515e235f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_loss,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // forward
        // def update_h(                                                                          <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 13>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 14>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 17>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // de_dy = e_z[i, j + 1] - e_z[i, j]                                                  <L 18>
            var_14 = wp::add(var_1, var_13);
            var_15 = wp::address(var_e_z, var_0, var_14);
            var_16 = wp::address(var_e_z, var_0, var_1);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            // h_x[i, j] = loss[i, j] * h_x[i, j] - dt_dx * (de_dy)                               <L 19>
            var_20 = wp::address(var_loss, var_0, var_1);
            var_21 = wp::address(var_h_x, var_0, var_1);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_24);
            var_25 = wp::mul(var_dt_dx, var_17);
            var_26 = wp::sub(var_22, var_25);
            wp::array_store(var_h_x, var_0, var_1, var_26);
        }
        // if i < nx - 1:                                                                         <L 21>
        var_28 = wp::sub(var_4, var_27);
        var_29 = (var_0 < var_28);
        if (var_29) {
            // de_dx = e_z[i + 1, j] - e_z[i, j]                                                  <L 22>
            var_31 = wp::add(var_0, var_30);
            var_32 = wp::address(var_e_z, var_31, var_1);
            var_33 = wp::address(var_e_z, var_0, var_1);
            var_35 = wp::load(var_32);
            var_36 = wp::load(var_33);
            var_34 = wp::sub(var_35, var_36);
            // h_y[i, j] = loss[i, j] * h_y[i, j] + dt_dx * (de_dx)                               <L 23>
            var_37 = wp::address(var_loss, var_0, var_1);
            var_38 = wp::address(var_h_y, var_0, var_1);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::mul(var_40, var_41);
            var_42 = wp::mul(var_dt_dx, var_34);
            var_43 = wp::add(var_39, var_42);
            wp::array_store(var_h_y, var_0, var_1, var_43);
        }
    }
}



extern "C" __global__ void update_h_515e235f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_loss,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> adj_e_z,
    wp::array_t<wp::float32> adj_loss,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_h_y,
    wp::float32 adj_dt_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
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
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        //---------
        // forward
        // def update_h(                                                                          <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 13>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 14>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 17>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // de_dy = e_z[i, j + 1] - e_z[i, j]                                                  <L 18>
            var_14 = wp::add(var_1, var_13);
            var_15 = wp::address(var_e_z, var_0, var_14);
            var_16 = wp::address(var_e_z, var_0, var_1);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            // h_x[i, j] = loss[i, j] * h_x[i, j] - dt_dx * (de_dy)                               <L 19>
            var_20 = wp::address(var_loss, var_0, var_1);
            var_21 = wp::address(var_h_x, var_0, var_1);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_24);
            var_25 = wp::mul(var_dt_dx, var_17);
            var_26 = wp::sub(var_22, var_25);
            // wp::array_store(var_h_x, var_0, var_1, var_26);
        }
        // if i < nx - 1:                                                                         <L 21>
        var_28 = wp::sub(var_4, var_27);
        var_29 = (var_0 < var_28);
        if (var_29) {
            // de_dx = e_z[i + 1, j] - e_z[i, j]                                                  <L 22>
            var_31 = wp::add(var_0, var_30);
            var_32 = wp::address(var_e_z, var_31, var_1);
            var_33 = wp::address(var_e_z, var_0, var_1);
            var_35 = wp::load(var_32);
            var_36 = wp::load(var_33);
            var_34 = wp::sub(var_35, var_36);
            // h_y[i, j] = loss[i, j] * h_y[i, j] + dt_dx * (de_dx)                               <L 23>
            var_37 = wp::address(var_loss, var_0, var_1);
            var_38 = wp::address(var_h_y, var_0, var_1);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::mul(var_40, var_41);
            var_42 = wp::mul(var_dt_dx, var_34);
            var_43 = wp::add(var_39, var_42);
            // wp::array_store(var_h_y, var_0, var_1, var_43);
        }
        //---------
        // reverse
        if (var_29) {
            wp::adj_array_store(var_h_y, var_0, var_1, var_43, adj_h_y, adj_0, adj_1, adj_43);
            wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
            wp::adj_mul(var_dt_dx, var_34, adj_dt_dx, adj_34, adj_42);
            wp::adj_mul(var_40, var_41, adj_37, adj_38, adj_39);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_38);
            wp::adj_address(var_loss, var_0, var_1, adj_loss, adj_0, adj_1, adj_37);
            // adj: h_y[i, j] = loss[i, j] * h_y[i, j] + dt_dx * (de_dx)                          <L 23>
            wp::adj_sub(var_35, var_36, adj_32, adj_33, adj_34);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_33);
            wp::adj_address(var_e_z, var_31, var_1, adj_e_z, adj_31, adj_1, adj_32);
            wp::adj_add(var_0, var_30, adj_0, adj_30, adj_31);
            // adj: de_dx = e_z[i + 1, j] - e_z[i, j]                                             <L 22>
        }
        wp::adj_sub(var_4, var_27, adj_4, adj_27, adj_28);
        // adj: if i < nx - 1:                                                                    <L 21>
        if (var_12) {
            wp::adj_array_store(var_h_x, var_0, var_1, var_26, adj_h_x, adj_0, adj_1, adj_26);
            wp::adj_sub(var_22, var_25, adj_22, adj_25, adj_26);
            wp::adj_mul(var_dt_dx, var_17, adj_dt_dx, adj_17, adj_25);
            wp::adj_mul(var_23, var_24, adj_20, adj_21, adj_22);
            wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_21);
            wp::adj_address(var_loss, var_0, var_1, adj_loss, adj_0, adj_1, adj_20);
            // adj: h_x[i, j] = loss[i, j] * h_x[i, j] - dt_dx * (de_dy)                          <L 19>
            wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_16);
            wp::adj_address(var_e_z, var_0, var_14, adj_e_z, adj_0, adj_14, adj_15);
            wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
            // adj: de_dy = e_z[i, j + 1] - e_z[i, j]                                             <L 18>
        }
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: if j < ny - 1:                                                                    <L 17>
        adj_e_z.shape = adj_6;
        // adj: ny = e_z.shape[1]                                                                 <L 14>
        adj_e_z.shape = adj_2;
        // adj: nx = e_z.shape[0]                                                                 <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def update_h(                                                                     <L 5>
        continue;
    }
}

