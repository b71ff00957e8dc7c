// Warp 1.19.0 cuda code for step_field_1157ded2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void init_field_70ef5884_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_cell_size,
    wp::float32 var_spatial_freq,
    wp::float32 var_height_scale,
    wp::array_t<wp::float32> var_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def init_field(                                                                        <L 11>
        // i, j, k = wp.tid()                                                                     <L 17>
        builtin_tid3d(var_0, var_1, var_2);
        // x = (float(i) + 0.5) * cell_size                                                       <L 18>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_5, var_cell_size);
        // y = (float(j) + 0.5) * cell_size                                                       <L 19>
        var_7 = wp::float(var_1);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::mul(var_9, var_cell_size);
        // z = (float(k) + 0.5) * cell_size                                                       <L 20>
        var_11 = wp::float(var_2);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_13, var_cell_size);
        // field_out[i, j, k] = height_scale * wp.cos(spatial_freq * (x + y + z))                 <L 21>
        var_15 = wp::add(var_6, var_10);
        var_16 = wp::add(var_15, var_14);
        var_17 = wp::mul(var_spatial_freq, var_16);
        var_18 = wp::cos(var_17);
        var_19 = wp::mul(var_height_scale, var_18);
        wp::array_store(var_field_out, var_0, var_1, var_2, var_19);
    }
}



extern "C" __global__ void init_field_70ef5884_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_cell_size,
    wp::float32 var_spatial_freq,
    wp::float32 var_height_scale,
    wp::array_t<wp::float32> var_field_out,
    wp::float32 adj_cell_size,
    wp::float32 adj_spatial_freq,
    wp::float32 adj_height_scale,
    wp::array_t<wp::float32> adj_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
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
        //---------
        // forward
        // def init_field(                                                                        <L 11>
        // i, j, k = wp.tid()                                                                     <L 17>
        builtin_tid3d(var_0, var_1, var_2);
        // x = (float(i) + 0.5) * cell_size                                                       <L 18>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_5, var_cell_size);
        // y = (float(j) + 0.5) * cell_size                                                       <L 19>
        var_7 = wp::float(var_1);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::mul(var_9, var_cell_size);
        // z = (float(k) + 0.5) * cell_size                                                       <L 20>
        var_11 = wp::float(var_2);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_13, var_cell_size);
        // field_out[i, j, k] = height_scale * wp.cos(spatial_freq * (x + y + z))                 <L 21>
        var_15 = wp::add(var_6, var_10);
        var_16 = wp::add(var_15, var_14);
        var_17 = wp::mul(var_spatial_freq, var_16);
        var_18 = wp::cos(var_17);
        var_19 = wp::mul(var_height_scale, var_18);
        // wp::array_store(var_field_out, var_0, var_1, var_2, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_19, adj_field_out, adj_0, adj_1, adj_2, adj_19);
        wp::adj_mul(var_height_scale, var_18, adj_height_scale, adj_18, adj_19);
        wp::adj_cos(var_17, adj_17, adj_18);
        wp::adj_mul(var_spatial_freq, var_16, adj_spatial_freq, adj_16, adj_17);
        wp::adj_add(var_15, var_14, adj_15, adj_14, adj_16);
        wp::adj_add(var_6, var_10, adj_6, adj_10, adj_15);
        // adj: field_out[i, j, k] = height_scale * wp.cos(spatial_freq * (x + y + z))            <L 21>
        wp::adj_mul(var_13, var_cell_size, adj_13, adj_cell_size, adj_14);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_2, adj_2, adj_11);
        // adj: z = (float(k) + 0.5) * cell_size                                                  <L 20>
        wp::adj_mul(var_9, var_cell_size, adj_9, adj_cell_size, adj_10);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_float(var_1, adj_1, adj_7);
        // adj: y = (float(j) + 0.5) * cell_size                                                  <L 19>
        wp::adj_mul(var_5, var_cell_size, adj_5, adj_cell_size, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: x = (float(i) + 0.5) * cell_size                                                  <L 18>
        // adj: i, j, k = wp.tid()                                                                <L 17>
        // adj: def init_field(                                                                   <L 11>
        continue;
    }
}



extern "C" __global__ void step_field_ddf61441_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // forward
        // def step_field(field: wp.array3d[wp.vec3], scale: float, result: wp.array3d[wp.vec3]):       <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // result[i, j, k] = field[i, j, k] * scale                                               <L 7>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_5, var_scale);
        wp::array_store(var_result, var_0, var_1, var_2, var_4);
    }
}



extern "C" __global__ void step_field_ddf61441_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field,
    wp::float32 adj_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        //---------
        // forward
        // def step_field(field: wp.array3d[wp.vec3], scale: float, result: wp.array3d[wp.vec3]):       <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // result[i, j, k] = field[i, j, k] * scale                                               <L 7>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_5, var_scale);
        // wp::array_store(var_result, var_0, var_1, var_2, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_2, var_4, adj_result, adj_0, adj_1, adj_2, adj_4);
        wp::adj_mul(var_5, var_scale, adj_3, adj_scale, adj_4);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_3);
        // adj: result[i, j, k] = field[i, j, k] * scale                                          <L 7>
        // adj: i, j, k = wp.tid()                                                                <L 6>
        // adj: def step_field(field: wp.array3d[wp.vec3], scale: float, result: wp.array3d[wp.vec3]):  <L 5>
        continue;
    }
}

