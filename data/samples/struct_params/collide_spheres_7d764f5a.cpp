// Warp 1.19.0 cpu code for collide_spheres_7d764f5a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

struct SphereCollider_0eb27812
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;


    SphereCollider_0eb27812() = default;
    CUDA_CALLABLE SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {})
        : center{center}
        , radius{radius}

    {
    }

    CUDA_CALLABLE SphereCollider_0eb27812& operator += (const SphereCollider_0eb27812& rhs)
    {    center += rhs.center;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_SphereCollider_0eb27812(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    SphereCollider_0eb27812 & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE SphereCollider_0eb27812 add(const SphereCollider_0eb27812& a, const SphereCollider_0eb27812& b)
{
    return SphereCollider_0eb27812();
}

CUDA_CALLABLE void adj_atomic_add(SphereCollider_0eb27812* p, SphereCollider_0eb27812 t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
}



struct wp_args_collide_spheres_2670c507 {
    wp::array_t<SphereCollider_0eb27812> colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::float32 particle_radius;
};


template <bool wp_linear_contiguous>
static void collide_spheres_2670c507_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_collide_spheres_2670c507 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<SphereCollider_0eb27812> var_colliders = _wp_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    SphereCollider_0eb27812* var_11;
    SphereCollider_0eb27812 var_12;
    SphereCollider_0eb27812 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    const wp::float32 var_25 = 1e-06;
    bool var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // forward
    // def collide_spheres(                                                                   <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 19>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = x                                                                                  <L 20>
    var_4 = wp::copy(var_2);
    // for s in range(colliders.shape[0]):                                                    <L 21>
    var_5 = &(var_colliders.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // sphere = colliders[s]                                                              <L 22>
        var_11 = wp::address(var_colliders, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = p - sphere.center                                                          <L 23>
        var_14 = &((var_12).center);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_4, var_16);
        // dist = wp.length(delta)                                                            <L 24>
        var_17 = wp::length(var_15);
        // overlap = sphere.radius + particle_radius - dist                                   <L 25>
        var_18 = &((var_12).radius);
        var_20 = wp::load(var_18);
        var_19 = wp::add(var_20, var_particle_radius);
        var_21 = wp::sub(var_19, var_17);
        // if overlap > 0.0 and dist > 1.0e-6:                                                <L 26>
        var_24 = (var_21 > var_23);
        var_22 = var_24;
        if (var_22) {
            var_26 = (var_17 > var_25);
            var_22 = var_22 && var_26;
        }
        if (var_22) {
            // p = p + delta * (overlap / dist)                                               <L 27>
            var_27 = wp::div(var_21, var_17);
            var_28 = wp::mul(var_15, var_27);
            var_29 = wp::add(var_4, var_28);
        }
        var_30 = wp::where(var_22, var_29, var_4);
        wp::assign(var_4, var_30);
        goto start_for_0;
    end_for_0:;
    // new_positions[tid] = p                                                                 <L 28>
    wp::array_store(var_new_positions, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void collide_spheres_2670c507_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_collide_spheres_2670c507 *_wp_args,
    wp_args_collide_spheres_2670c507 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<SphereCollider_0eb27812> var_colliders = _wp_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<SphereCollider_0eb27812> adj_colliders = _wp_adj_args->colliders;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    SphereCollider_0eb27812* var_11;
    SphereCollider_0eb27812 var_12;
    SphereCollider_0eb27812 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    const wp::float32 var_25 = 1e-06;
    bool var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    SphereCollider_0eb27812 adj_11 = {};
    SphereCollider_0eb27812 adj_12 = {};
    SphereCollider_0eb27812 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def collide_spheres(                                                                   <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 19>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = x                                                                                  <L 20>
    var_4 = wp::copy(var_2);
    // for s in range(colliders.shape[0]):                                                    <L 21>
    var_5 = &(var_colliders.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::range(var_7);
    // new_positions[tid] = p                                                                 <L 28>
    // wp::array_store(var_new_positions, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_4, adj_new_positions, adj_0, adj_4);
    // adj: new_positions[tid] = p                                                            <L 28>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // sphere = colliders[s]                                                              <L 22>
        var_11 = wp::address(var_colliders, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // delta = p - sphere.center                                                          <L 23>
        var_14 = &((var_12).center);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_4, var_16);
        // dist = wp.length(delta)                                                            <L 24>
        var_17 = wp::length(var_15);
        // overlap = sphere.radius + particle_radius - dist                                   <L 25>
        var_18 = &((var_12).radius);
        var_20 = wp::load(var_18);
        var_19 = wp::add(var_20, var_particle_radius);
        var_21 = wp::sub(var_19, var_17);
        // if overlap > 0.0 and dist > 1.0e-6:                                                <L 26>
        var_24 = (var_21 > var_23);
        var_22 = var_24;
        if (var_22) {
            var_26 = (var_17 > var_25);
            var_22 = var_22 && var_26;
        }
        if (var_22) {
            // p = p + delta * (overlap / dist)                                               <L 27>
            var_27 = wp::div(var_21, var_17);
            var_28 = wp::mul(var_15, var_27);
            var_29 = wp::add(var_4, var_28);
        }
        var_30 = wp::where(var_22, var_29, var_4);
        wp::assign(var_4, var_30);
        wp::adj_assign(var_4, var_30, adj_4, adj_30);
        wp::adj_where(var_22, var_29, var_4, adj_22, adj_29, adj_4, adj_30);
        if (var_22) {
            wp::adj_add(var_4, var_28, adj_4, adj_28, adj_29);
            wp::adj_mul(var_15, var_27, adj_15, adj_27, adj_28);
            wp::adj_div(var_21, var_17, var_27, adj_21, adj_17, adj_27);
            // adj: p = p + delta * (overlap / dist)                                          <L 27>
        }
        if (var_22) {
        }
        // adj: if overlap > 0.0 and dist > 1.0e-6:                                           <L 26>
        wp::adj_sub(var_19, var_17, adj_19, adj_17, adj_21);
        wp::adj_add(var_20, var_particle_radius, adj_18, adj_particle_radius, adj_19);
        adj_12.radius += adj_18;
        // adj: overlap = sphere.radius + particle_radius - dist                              <L 25>
        wp::adj_length(var_15, var_17, adj_15, adj_17);
        // adj: dist = wp.length(delta)                                                       <L 24>
        wp::adj_sub(var_4, var_16, adj_4, adj_14, adj_15);
        adj_12.center += adj_14;
        // adj: delta = p - sphere.center                                                     <L 23>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_colliders, var_10, adj_colliders, adj_10, adj_11);
        // adj: sphere = colliders[s]                                                         <L 22>
    	goto start_for_0;
    end_for_0:;
    adj_colliders.shape = adj_5;
    // adj: for s in range(colliders.shape[0]):                                               <L 21>
    wp::adj_copy(var_2, adj_2, adj_4);
    // adj: p = x                                                                             <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[tid]                                                                <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def collide_spheres(                                                              <L 11>
    return;
}



struct collide_spheres_2670c507_cpu_block_payload_forward
{
    wp_args_collide_spheres_2670c507* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void collide_spheres_2670c507_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    collide_spheres_2670c507_cpu_block_payload_forward* payload = (collide_spheres_2670c507_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    collide_spheres_2670c507_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void collide_spheres_2670c507_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_collide_spheres_2670c507 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        collide_spheres_2670c507_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &collide_spheres_2670c507_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct collide_spheres_2670c507_cpu_block_payload_backward
{
    wp_args_collide_spheres_2670c507* args;
    wp_args_collide_spheres_2670c507* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void collide_spheres_2670c507_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    collide_spheres_2670c507_cpu_block_payload_backward* payload = (collide_spheres_2670c507_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    collide_spheres_2670c507_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void collide_spheres_2670c507_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_collide_spheres_2670c507 *_wp_args,
    wp_args_collide_spheres_2670c507 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        collide_spheres_2670c507_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &collide_spheres_2670c507_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

