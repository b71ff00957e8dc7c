// Warp 1.19.0 cuda code for move_points_26ddbe9d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void move_points_4fc71c1c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def move_points(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // M = model_matrices[tid]                                                                <L 11>
        var_1 = wp::address(var_model_matrices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = vertices[tid]                                                                      <L 12>
        var_4 = wp::address(var_vertices, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // world_points[tid] = wp.transform_point(M, p)                                           <L 13>
        var_7 = wp::transform_point(var_2, var_5);
        wp::array_store(var_world_points, var_0, var_7);
    }
}



extern "C" __global__ void move_points_4fc71c1c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_model_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_model_matrices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vertices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def move_points(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // M = model_matrices[tid]                                                                <L 11>
        var_1 = wp::address(var_model_matrices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = vertices[tid]                                                                      <L 12>
        var_4 = wp::address(var_vertices, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // world_points[tid] = wp.transform_point(M, p)                                           <L 13>
        var_7 = wp::transform_point(var_2, var_5);
        // wp::array_store(var_world_points, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_world_points, var_0, var_7, adj_world_points, adj_0, adj_7);
        wp::adj_transform_point(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: world_points[tid] = wp.transform_point(M, p)                                      <L 13>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_vertices, var_0, adj_vertices, adj_0, adj_4);
        // adj: p = vertices[tid]                                                                 <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_model_matrices, var_0, adj_model_matrices, adj_0, adj_1);
        // adj: M = model_matrices[tid]                                                           <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def move_points(                                                                  <L 5>
        continue;
    }
}

